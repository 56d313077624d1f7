/** MicroProfile Health checks. */
package org.clubaide.web.health;
