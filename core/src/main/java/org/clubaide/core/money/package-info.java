/**
 * Exact amounts of money: {@link org.clubaide.core.money.Money} is a {@link java.math.BigDecimal}
 * with its currency, never a floating-point number (R-SOL-3).
 */
package org.clubaide.core.money;
