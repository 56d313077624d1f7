/** Members, their terms acceptances and consent history in the database. */
package org.clubaide.persistence.member;
