/** JSON-P parsing and JSON-B mapping of ESI bodies. Internal: no compatibility guarantee. */
package dev.esi4j.internal.json;
