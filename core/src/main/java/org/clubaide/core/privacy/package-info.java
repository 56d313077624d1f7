/**
 * The member's privacy (R-MEM-4, R-MEM-5, R-PRV-2, R-PRV-3): the {@link
 * org.clubaide.core.privacy.ProfileVisibilityPolicy} that says exactly what a viewer may see of a
 * profile, as a {@link org.clubaide.core.privacy.ProfileView}; and the {@link
 * org.clubaide.core.privacy.PrivacyService} use cases that change visibility and photo, export
 * everything held on a member as a {@link org.clubaide.core.privacy.PersonalDataExport}, and erase
 * a member by anonymisation, keeping requests and statistics.
 */
package org.clubaide.core.privacy;
