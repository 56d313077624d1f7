/** Help requests, their timeline events and simple solutions in the database. */
package org.clubaide.persistence.request;
