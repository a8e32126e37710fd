package academy.agora.certificate.issuing.domain;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The public code a certificate is verified by, such as {@code K7QM-3X9T-PD2W-HA6C}: 16
 * symbols of Crockford's base32, 80 random bits, so it cannot be guessed, and no
 * {@code I}, {@code L}, {@code O} or {@code U}, so it survives being read off paper and
 * typed back.
 *
 * @param value the canonical form: upper case, in four groups of four joined by hyphens
 */
public record VerificationCode(String value) {

	/** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** Symbols in a code; each carries 5 bits. */
	public static final int LENGTH = 16;

	/** The longest input worth reading: a code with generous separators. */
	static final int MAX_INPUT_LENGTH = 64;

	private static final int GROUP = 4;

	private static final Pattern CANONICAL = Pattern.compile("[" + ALPHABET + "]{4}(-[" + ALPHABET + "]{4}){3}");

	public VerificationCode {
		if (value == null || !CANONICAL.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a canonical verification code: " + value);
		}
	}

	/**
	 * A new random code.
	 * @param random the source of randomness; a {@code SecureRandom} outside tests
	 * @return the code
	 */
	public static VerificationCode generate(RandomGenerator random) {
		byte[] bits = new byte[LENGTH * 5 / 8];
		random.nextBytes(bits);
		StringBuilder symbols = new StringBuilder(LENGTH);
		int buffer = 0;
		int buffered = 0;
		for (byte b : bits) {
			buffer = (buffer << 8) | (b & 0xFF);
			buffered += 8;
			while (buffered >= 5) {
				buffered -= 5;
				symbols.append(ALPHABET.charAt((buffer >>> buffered) & 0x1F));
			}
		}
		return new VerificationCode(grouped(symbols));
	}

	/**
	 * Reads a code as a person typed it: case does not matter, hyphens and white space
	 * are ignored, and, as Crockford's base32 prescribes, {@code O} is read as zero and
	 * {@code I} and {@code L} as one.
	 * @param typed the input, possibly {@code null}
	 * @return the code, or empty if the input cannot be one
	 */
	public static Optional<VerificationCode> parse(String typed) {
		if (typed == null || typed.length() > MAX_INPUT_LENGTH) {
			return Optional.empty();
		}
		StringBuilder symbols = new StringBuilder(LENGTH);
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			char symbol = normalise(c);
			if (ALPHABET.indexOf(symbol) < 0 || symbols.length() == LENGTH) {
				return Optional.empty();
			}
			symbols.append(symbol);
		}
		return (symbols.length() == LENGTH) ? Optional.of(new VerificationCode(grouped(symbols))) : Optional.empty();
	}

	private static char normalise(char c) {
		// ASCII only: anything else is no symbol of the alphabet and fails the lookup.
		char upper = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
		return switch (upper) {
			case 'O' -> '0';
			case 'I', 'L' -> '1';
			default -> upper;
		};
	}

	private static String grouped(CharSequence symbols) {
		StringBuilder grouped = new StringBuilder(LENGTH + LENGTH / GROUP - 1);
		for (int i = 0; i < symbols.length(); i++) {
			if (i > 0 && i % GROUP == 0) {
				grouped.append('-');
			}
			grouped.append(symbols.charAt(i));
		}
		return grouped.toString();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
