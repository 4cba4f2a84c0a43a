/**
 * Person matching: recognises records of one person that arrive from several agencies with misspelt
 * names, swapped day and month, a new surname or a new address. Unsupervised Fellegi-Sunter record
 * linkage: m probabilities by expectation-maximisation per blocking rule, u probabilities from random
 * pairs, term-frequency adjustment for names and postcodes, one configured match threshold, clusters
 * guarded against chaining through weak links.
 *
 * <p>Use {@link org.hearth.people.matching.MatchEngine}: {@code dedupe(records)} or
 * {@code link(left, right)} in batch, then {@link org.hearth.people.matching.MatchResult#index()} for
 * online {@code candidates(probe, max)} with field-by-field explanations. Depends on nothing but the JDK
 * and Apache Commons; never logs personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person matching")
package org.hearth.people.matching;
