/**
 * Protective orders: DVPN and DVPO, DAPN and DAPO (the pilot), non-molestation and occupation orders, restraining
 * orders and bail conditions, recorded on the people they protect and the person they bind. The types are data
 * ({@link org.hearth.orders.OrderType}: their clocks, lengths, who may apply, the lead time of the warning before an
 * order ends, where a pilot runs), so are the days a clock leaves out (bank holidays from the {@code calendar}
 * module). Each order has a clock per deadline and its breaches with the police response. Seen only by agencies
 * involved with one of its people ({@code PersonAccess.holdsGround}); every read is audited with the people's ids.
 * Warnings go to "My work"; orders made and breached to insights. See docs/orders.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protective orders")
package org.hearth.orders;
