/**
 * The esi4j demo application: server-rendered pages (plain Jakarta REST returning HTML) that show each esi4j
 * feature. Configured only through MicroProfile Config ({@code META-INF/microprofile-config.properties} holds the
 * defaults for the bundled simulator; system properties or environment variables override them).
 */
package dev.esi4j.demo;
