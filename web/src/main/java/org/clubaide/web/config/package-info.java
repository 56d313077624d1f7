/** Wiring: core use cases as CDI beans, settings, and what runs at application start. */
package org.clubaide.web.config;
