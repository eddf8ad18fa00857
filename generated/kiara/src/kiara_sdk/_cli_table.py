"""The commands of the ``kiara`` command line, one per API operation (read by ``_cli``).

Generated from the same description as the client: ``resource → {"help", "commands": {command →
{"resource", "method", "help", "params", "waits", "download"}}}``.
"""

from typing import Any

PROG = "kiara"
COMMANDS: dict[str, Any] = {
    "assets": {
        "help": "The files a completed generation produced.",
        "commands": {
            "get-content": {
                "resource": "assets",
                "module": "assets",
                "class": "AssetsResource",
                "method": "get_content",
                "help": "Download an asset",
                "params": (
                    {
                        "name": "asset_id",
                        "flag": "ASSET_ID",
                        "wire": "id",
                        "location": "path",
                        "required": True,
                        "help": "The prefixed asset id (`asset_…`), from `result.asset_id`.",
                    },
                ),
                "waits": None,
                "download": None,
            }
        },
    },
    "generations": {
        "help": "Image and video generation jobs.",
        "commands": {
            "create": {
                "resource": "generations",
                "module": "generations",
                "class": "GenerationsResource",
                "method": "create",
                "help": "Create a generation",
                "params": (
                    {
                        "name": "prompt",
                        "flag": "--prompt",
                        "wire": "prompt",
                        "location": "body",
                        "required": True,
                        "help": "Text prompt that describes what to generate. 1–4000 characters.",
                    },
                    {
                        "name": "idempotency_key",
                        "flag": "--idempotency-key",
                        "wire": "Idempotency-Key",
                        "location": "header",
                        "required": False,
                        "help": "Makes the create call safe to retry.",
                    },
                    {
                        "name": "product",
                        "flag": "--product",
                        "wire": "product",
                        "location": "body",
                        "required": False,
                        "help": "Public id of the model (product) to invoke; see Kiara's Models section for the catalog.",
                    },
                    {
                        "name": "negative_prompt",
                        "flag": "--negative-prompt",
                        "wire": "negative_prompt",
                        "location": "body",
                        "required": False,
                        "help": "Things to avoid (e.g. `blurry, watermark, text`).",
                    },
                    {
                        "name": "aspect",
                        "flag": "--aspect",
                        "wire": "aspect",
                        "location": "body",
                        "required": False,
                        "help": "Output aspect ratio. `portrait` is best for character shots; `landscape` for scene compositions.",
                    },
                    {
                        "name": "seed",
                        "flag": "--seed",
                        "wire": "seed",
                        "location": "body",
                        "required": False,
                        "help": "Deterministic seed: same seed + same prompt = same image.",
                    },
                    {
                        "name": "webhook_url",
                        "flag": "--webhook-url",
                        "wire": "webhook_url",
                        "location": "body",
                        "required": False,
                        "help": "HTTPS callback fired when the job reaches a terminal state (`generation.completed` or `generation.failed`).",
                    },
                    {
                        "name": "metadata",
                        "flag": "--metadata",
                        "wire": "metadata",
                        "location": "body",
                        "required": False,
                        "help": "Arbitrary JSON object echoed back on retrieval and in the webhook; useful for correlating jobs to your records.",
                    },
                    {
                        "name": "source_image_url",
                        "flag": "--source-image-url",
                        "wire": "source_image_url",
                        "location": "body",
                        "required": False,
                        "help": "The source image for image-to-image edits, swaps and outfit transfers.",
                    },
                    {
                        "name": "second_image_url",
                        "flag": "--second-image-url",
                        "wire": "second_image_url",
                        "location": "body",
                        "required": False,
                        "help": "The second image for products that combine two images (swaps, outfit transfers).",
                    },
                    {
                        "name": "start_image_url",
                        "flag": "--start-image-url",
                        "wire": "start_image_url",
                        "location": "body",
                        "required": False,
                        "help": "The first frame for image-to-video products.",
                    },
                    {
                        "name": "duration_seconds",
                        "flag": "--duration-seconds",
                        "wire": "duration_seconds",
                        "location": "body",
                        "required": False,
                        "help": "Video length in seconds (video products only).",
                    },
                    {
                        "name": "resolution",
                        "flag": "--resolution",
                        "wire": "resolution",
                        "location": "body",
                        "required": False,
                        "help": "Video resolution (video products only), e.g. `720p`.",
                    },
                    {
                        "name": "generate_audio",
                        "flag": "--generate-audio",
                        "wire": "generate_audio",
                        "location": "body",
                        "required": False,
                        "help": "Generate an audio track with the video (video products only).",
                    },
                    {
                        "name": "image_quality",
                        "flag": "--image-quality",
                        "wire": "image_quality",
                        "location": "body",
                        "required": False,
                        "help": "Output quality of `kiara-vogue`.",
                    },
                ),
                "waits": "and_wait",
                "download": "generations",
            },
            "get": {
                "resource": "generations",
                "module": "generations",
                "class": "GenerationsResource",
                "method": "get",
                "help": "Retrieve a generation",
                "params": (
                    {
                        "name": "generation_id",
                        "flag": "GENERATION_ID",
                        "wire": "id",
                        "location": "path",
                        "required": True,
                        "help": "The prefixed generation id (`gen_…`).",
                    },
                ),
                "waits": "wait",
                "download": "generations",
            },
            "cancel": {
                "resource": "generations",
                "module": "generations",
                "class": "GenerationsResource",
                "method": "cancel",
                "help": "Cancel a generation",
                "params": (
                    {
                        "name": "generation_id",
                        "flag": "GENERATION_ID",
                        "wire": "id",
                        "location": "path",
                        "required": True,
                        "help": "The prefixed generation id (`gen_…`).",
                    },
                ),
                "waits": None,
                "download": None,
            },
        },
    },
}
