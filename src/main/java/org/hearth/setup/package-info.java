/**
 * First start: loads the synthetic demo partnership (agencies and one demo user per role) when the demo
 * is enabled, or sets up a real partnership with one administrator from environment variables. Runs once:
 * nothing happens when a partnership already exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Setup")
package org.hearth.setup;
