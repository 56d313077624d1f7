/**
 * Jakarta Faces backing beans, one per screen and named for it, with a {@code load()} and one
 * action per user verb. Actions call core use cases inside a transaction and turn refusals into
 * messages on the page.
 */
package org.clubaide.web.ui;
