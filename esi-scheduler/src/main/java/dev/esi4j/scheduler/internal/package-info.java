/**
 * Internal implementation of the scheduler: timer bean, schedule parsing, refresh pool, log messages. No
 * compatibility guarantee.
 */
package dev.esi4j.scheduler.internal;
