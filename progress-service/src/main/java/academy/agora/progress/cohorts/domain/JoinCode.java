package academy.agora.progress.cohorts.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code learners type to join a cohort: eight symbols of Crockford's base 32, which
 * leaves out I, L, O and U so that nothing reads as another symbol. Typing is forgiving
 * the way Crockford's decoding is: case does not matter, hyphens and spaces are ignored,
 * and O, I and L are read as 0, 1 and 1.
 */
public final class JoinCode {

	/** Crockford's base-32 alphabet. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	public static final int LENGTH = 8;

	private JoinCode() {
	}

	/**
	 * A new random code. 32^8 codes (about 10^12) make guessing one hopeless; the store
	 * still refuses a duplicate.
	 * @param random the source of randomness; a {@code SecureRandom} in production
	 * @return eight symbols of {@link #ALPHABET}
	 */
	public static String generate(RandomGenerator random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as it is stored, from what a learner typed.
	 * @param typed what was typed, such as {@code "7k3m-9qxr"}
	 * @return the code in upper case without separators, such as {@code "7K3M9QXR"}
	 * @throws InvalidJoinCodeException if it is not eight symbols of the alphabet
	 */
	public static String normalise(String typed) {
		if (typed == null) {
			throw new InvalidJoinCodeException();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char symbol : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (symbol == '-' || Character.isWhitespace(symbol)) {
				continue;
			}
			char read = switch (symbol) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> symbol;
			};
			if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
				throw new InvalidJoinCodeException();
			}
			code.append(read);
		}
		if (code.length() != LENGTH) {
			throw new InvalidJoinCodeException();
		}
		return code.toString();
	}

}
