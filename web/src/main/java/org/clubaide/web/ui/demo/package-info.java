/**
 * The French demo dataset, loaded at start when {@code clubaide.demo=true} (or {@code
 * CLUBAIDE_DEMO=true}) and the database holds no member yet: members, requests in every state, a
 * call for help with its answers, quotes and an introduction, all made through the core's use cases.
 */
package org.clubaide.web.ui.demo;
