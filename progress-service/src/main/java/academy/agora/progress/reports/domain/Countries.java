package academy.agora.progress.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country of a municipality, for the municipalities this platform's demo and first
 * users work in. Municipalities do not carry a country (the identity provider's
 * {@code municipality} claim is a plain name), so this is a small static table in the
 * spellings learners' tokens use, Latin and Cyrillic or Greek; a municipality it does not
 * know has no country. A {@code country} claim would replace it.
 */
final class Countries {

	private static final Map<String, Country> BY_MUNICIPALITY = new LinkedHashMap<>();

	static {
		Country northMacedonia = new Country("MK", "North Macedonia");
		Country serbia = new Country("RS", "Serbia");
		Country albania = new Country("AL", "Albania");
		Country croatia = new Country("HR", "Croatia");
		Country greece = new Country("GR", "Greece");
		put(northMacedonia, "Ohrid", "Охрид", "Skopje", "Скопје", "Bitola", "Битола");
		put(serbia, "Kragujevac", "Крагујевац", "Novi Sad", "Нови Сад", "Belgrade", "Beograd", "Београд");
		put(albania, "Tirana", "Tiranë", "Durrës", "Durres");
		put(croatia, "Zagreb", "Split", "Rijeka");
		put(greece, "Thessaloniki", "Θεσσαλονίκη", "Athens", "Αθήνα");
	}

	private Countries() {
	}

	private static void put(Country country, String... municipalities) {
		for (String municipality : municipalities) {
			BY_MUNICIPALITY.put(municipality.toLowerCase(Locale.ROOT), country);
		}
	}

	/**
	 * The country of a municipality.
	 * @param municipality the municipality, in any case
	 * @return its country, if known
	 */
	public static Optional<Country> of(String municipality) {
		return (municipality != null)
				? Optional.ofNullable(BY_MUNICIPALITY.get(municipality.strip().toLowerCase(Locale.ROOT)))
				: Optional.empty();
	}

	/**
	 * Adds rows grouped by municipality up into rows grouped by country. Every enrolment
	 * has one municipality or none, so the sums are exact.
	 * @param byMunicipality rows keyed by municipality
	 * @param unknown the label of the row of municipalities with no known country
	 * @return rows keyed by ISO 3166 country code, {@code null} for the unknown
	 */
	static List<EnrolmentRow> fold(List<EnrolmentRow> byMunicipality, String unknown) {
		Map<String, EnrolmentRow> byCountry = new LinkedHashMap<>();
		for (EnrolmentRow row : byMunicipality) {
			Optional<Country> country = of(row.key());
			String key = country.map(Country::code).orElse(null);
			String label = country.map(Country::name).orElse(unknown);
			byCountry.merge(String.valueOf(key),
					new EnrolmentRow(key, label, row.enrolled(), row.active(), row.completed()),
					(a, b) -> new EnrolmentRow(a.key(), a.label(), a.enrolled() + b.enrolled(), a.active() + b.active(),
							a.completed() + b.completed()));
		}
		return new ArrayList<>(byCountry.values());
	}

	/**
	 * A country.
	 *
	 * @param code its ISO 3166-1 alpha-2 code
	 * @param name its short English name
	 */
	public record Country(String code, String name) {
	}

}
