/** Command-line explorer of the bundled spec. Internal: no compatibility guarantee. */
package dev.esi4j.internal.cli;
