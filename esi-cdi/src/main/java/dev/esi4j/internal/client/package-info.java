/** Implementation of the public client API and its assembly. Internal: no compatibility guarantee. */
package dev.esi4j.internal.client;
