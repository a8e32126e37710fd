package academy.agora.progress.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import academy.agora.support.web.InvalidParameterException;

import org.springframework.http.MediaType;

/**
 * Whether a report or a list is answered as JSON or as a CSV download. A {@code format}
 * query parameter ({@code json} or {@code csv}) wins, because a link in a browser cannot
 * set headers; otherwise the {@code Accept} header decides, by quality; JSON is the
 * default.
 */
public enum ResponseFormat {

	/** {@code application/json}. */
	JSON,

	/** {@code text/csv}, see {@link Csv}. */
	CSV;

	/**
	 * The format a request asks for.
	 * @param format the {@code format} query parameter, or {@code null}
	 * @param accept the parsed {@code Accept} header; empty if there is none
	 * @return the format
	 * @throws InvalidParameterException if {@code format} is neither {@code json} nor
	 * {@code csv}
	 */
	public static ResponseFormat of(String format, List<MediaType> accept) {
		if (format != null) {
			try {
				return valueOf(format.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidParameterException("format", "must be json or csv");
			}
		}
		List<MediaType> byQuality = new ArrayList<>(accept);
		byQuality.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : byQuality) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.isWildcardType() || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
				return JSON;
			}
			if (Csv.TEXT_CSV.isCompatibleWith(type)) {
				return CSV;
			}
		}
		return JSON;
	}

}
