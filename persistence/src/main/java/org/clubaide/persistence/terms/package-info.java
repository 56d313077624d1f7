/** Terms versions in the database. */
package org.clubaide.persistence.terms;
