/**
 * Building blocks shared by every capability of the core: the domain exception family (each maps to
 * one kind of answer a user can act on), the {@link org.clubaide.core.shared.Channel} through which
 * something was said, and small argument checks that produce readable messages.
 */
package org.clubaide.core.shared;
