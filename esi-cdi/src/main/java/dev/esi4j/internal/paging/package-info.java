/** Following X-Pages, cursor and from_id pagination. Internal: no compatibility guarantee. */
package dev.esi4j.internal.paging;
