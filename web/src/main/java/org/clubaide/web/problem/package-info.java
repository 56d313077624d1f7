/**
 * RFC 9457 problem details ({@code application/problem+json}): the record, and builders for JAX-RS
 * responses and for raw servlet responses (authentication refusals).
 */
package org.clubaide.web.problem;
