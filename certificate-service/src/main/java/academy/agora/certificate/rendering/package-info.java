/**
 * Prints a certificate of completion as a one-page PDF, A4 landscape, with a QR code that
 * opens its public verification page. The PDF is a snapshot of what was issued: it never
 * shows whether the certificate still stands, because only the verification page can know
 * that.
 *
 * <h2>Font</h2> DejaVu Sans 2.37, regular and bold. One family covers every script the
 * platform's languages are written in: Latin with the diacritics of Albanian, the
 * Yugoslav languages, Slovenian, Romanian (comma-below ș ț), Turkish and Lithuanian;
 * Cyrillic with the Macedonian and Serbian letters; and Greek. The TTF files come from
 * the Maven Central artifact {@code net.sf.jasperreports:jasperreports-fonts}, pinned in
 * the root pom, so a plain Maven build brings them and nothing is downloaded at run time.
 * Only its TTF files are used; its {@code jasperreports_extension.properties} does
 * nothing without JasperReports. That artifact's pom says LGPL, which covers the
 * JasperReports packaging; the fonts keep their own licence, shipped beside them as
 * {@code net/sf/jasperreports/fonts/dejavu/LICENSE}: the Bitstream Vera and Arev fonts
 * licences (DejaVu's changes are public domain). They allow embedding and redistribution,
 * and forbid only selling the fonts by themselves and distributing modified fonts under
 * the original names; subsetting a font into a document is neither. Each PDF embeds
 * subsets of the fonts, so it stays small and its text stays extractable.
 *
 * <h2>Languages</h2> Labels are in {@code messages/certificate*.properties}, read as
 * UTF-8. Serbian has one bundle per script; plain {@code sr} means Cyrillic, the official
 * script. A language without a bundle gets English. In Serbian, Croatian, Bosnian and
 * Slovenian the past tense agrees with the learner's gender, which the service does not
 * know, so those bundles say "završio/la" as official forms do; the other languages are
 * phrased to need no agreement.
 */
package academy.agora.certificate.rendering;
