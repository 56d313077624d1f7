/**
 * The REST API under {@code /api/v1}: resources named {@code …Resource}, transfer records, and the
 * mapping of every error to RFC 9457 problem details ({@code application/problem+json}).
 */
package org.clubaide.web.api;
