"""The commands of the ``kling`` command line, one per API operation (read by ``_cli``).

Generated from the same description as the client: ``resource → {"help", "commands": {command →
{"resource", "method", "help", "params", "waits", "download"}}}``.
"""

from typing import Any

PROG = "kling"
COMMANDS: dict[str, Any] = {
    "images": {
        "help": "Image generation tasks.",
        "commands": {
            "list-generation-tasks": {
                "resource": "images",
                "module": "images",
                "class": "ImagesResource",
                "method": "list_generation_tasks",
                "help": "List image generation tasks",
                "params": (
                    {
                        "name": "page_num",
                        "flag": "--page-num",
                        "wire": "pageNum",
                        "location": "query",
                        "required": False,
                        "help": "Page number, 1–1000 (confidence M).",
                    },
                    {
                        "name": "page_size",
                        "flag": "--page-size",
                        "wire": "pageSize",
                        "location": "query",
                        "required": False,
                        "help": "Tasks per page, 1–500 (confidence M).",
                    },
                ),
                "waits": None,
                "download": None,
            },
            "create-generation": {
                "resource": "images",
                "module": "images",
                "class": "ImagesResource",
                "method": "create_generation",
                "help": "Create an image generation task",
                "params": (
                    {
                        "name": "prompt",
                        "flag": "--prompt",
                        "wire": "prompt",
                        "location": "body",
                        "required": True,
                        "help": "Positive text prompt, at most 500 characters.",
                    },
                    {
                        "name": "negative_prompt",
                        "flag": "--negative-prompt",
                        "wire": "negative_prompt",
                        "location": "body",
                        "required": False,
                        "help": "Negative text prompt, at most 200 characters.",
                    },
                    {
                        "name": "image",
                        "flag": "--image",
                        "wire": "image",
                        "location": "body",
                        "required": False,
                        "help": "Reference image, as Base64 or a URL.",
                    },
                    {
                        "name": "image_fidelity",
                        "flag": "--image-fidelity",
                        "wire": "image_fidelity",
                        "location": "body",
                        "required": False,
                        "help": "Reference image strength, 0–1.",
                    },
                    {
                        "name": "n",
                        "flag": "--n",
                        "wire": "n",
                        "location": "body",
                        "required": False,
                        "help": "Number of images to generate, 1–9.",
                    },
                    {
                        "name": "aspect_ratio",
                        "flag": "--aspect-ratio",
                        "wire": "aspect_ratio",
                        "location": "body",
                        "required": False,
                        "help": "Output aspect ratio.",
                    },
                    {
                        "name": "callback_url",
                        "flag": "--callback-url",
                        "wire": "callback_url",
                        "location": "body",
                        "required": False,
                        "help": "Callback URL for asynchronous task result notifications (see the `task_callback` webhook).",
                    },
                    {
                        "name": "model_name",
                        "flag": "--model-name",
                        "wire": "model_name",
                        "location": "body",
                        "required": False,
                        "help": "The Kling image model.",
                    },
                    {
                        "name": "image_reference",
                        "flag": "--image-reference",
                        "wire": "image_reference",
                        "location": "body",
                        "required": False,
                        "help": "How the reference `image` is used: `subject` (the subject) or `face` (the face; the image must contain exactly one face).",
                    },
                    {
                        "name": "human_fidelity",
                        "flag": "--human-fidelity",
                        "wire": "human_fidelity",
                        "location": "body",
                        "required": False,
                        "help": "Subject fidelity, 0–1.",
                    },
                    {
                        "name": "external_task_id",
                        "flag": "--external-task-id",
                        "wire": "external_task_id",
                        "location": "body",
                        "required": False,
                        "help": "Your own task id, echoed back in `task_info.external_task_id`.",
                    },
                ),
                "waits": "and_wait",
                "download": "images",
            },
            "get-generation-task": {
                "resource": "images",
                "module": "images",
                "class": "ImagesResource",
                "method": "get_generation_task",
                "help": "Get an image generation task",
                "params": (
                    {
                        "name": "task_id",
                        "flag": "TASK_ID",
                        "wire": "task_id",
                        "location": "path",
                        "required": True,
                        "help": "The `task_id` returned by `create_image_generation`.",
                    },
                ),
                "waits": "wait",
                "download": "images",
            },
        },
    }
}
