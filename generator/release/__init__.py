"""Shipping packages: bump a provider's version and changelog, upload built distributions to a
package index (skipping what it has), and fetch a vendor's current document for regeneration."""
