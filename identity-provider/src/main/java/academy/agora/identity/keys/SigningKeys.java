package academy.agora.identity.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps the token signing key in a JWK set file, so that tokens issued before a restart
 * still verify after it and the services' cached JWKS stays valid.
 * <p>
 * The file holds the private key: it is created readable by its owner only, and a file
 * that cannot be read is an error rather than a reason to mint a new key, which would
 * silently invalidate every token in circulation.
 */
final class SigningKeys {

	static final String FILE_NAME = "signing-key.json";

	private static final Log logger = LogFactory.getLog(SigningKeys.class);

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private SigningKeys() {
	}

	/**
	 * Loads the signing keys from {@code dataDir}, generating and storing a new RSA key
	 * first if there is none yet.
	 * @param dataDir the directory that holds {@value #FILE_NAME}
	 * @return the key set, including private keys
	 */
	static JWKSet loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.notExists(file)) {
				create(dataDir, file);
			}
			return load(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the signing key at " + file.toAbsolutePath(), ex);
		}
	}

	private static void create(Path dataDir, Path file) throws IOException {
		Files.createDirectories(dataDir, ownerOnly("rwx------"));
		Path temporary = Files.createTempFile(dataDir, FILE_NAME, ".tmp", ownerOnly("rw-------"));
		try {
			Files.writeString(temporary, generate().toString(false), StandardCharsets.UTF_8);
			// Another instance sharing the data dir may have won the race: keep its key.
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			logger.info("Created a new token signing key at " + file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException ex) {
			// Fall through to loading the key the other instance stored.
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static JWKSet load(Path file) throws IOException {
		warnIfReadableByOthers(file);
		JWKSet keys;
		try {
			keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The signing key file " + file.toAbsolutePath()
					+ " is not a valid JWK set; restore it, or delete it to issue tokens with a new key", ex);
		}
		if (keys.getKeys().stream().noneMatch(JWK::isPrivate)) {
			throw new IllegalStateException(
					"The signing key file " + file.toAbsolutePath() + " holds no private key to sign with");
		}
		return keys;
	}

	private static JWKSet generate() {
		try {
			// The thumbprint as key ID is stable for the key's life and derived from it,
			// so it never disagrees with the key it names.
			RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
			return new JWKSet(key);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA signing key", ex);
		}
	}

	private static void warnIfReadableByOthers(Path file) throws IOException {
		if (!POSIX) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (permissions.stream().anyMatch((permission) -> !permission.name().startsWith("OWNER_"))) {
			logger.warn("The signing key file " + file.toAbsolutePath() + " is accessible to others ("
					+ PosixFilePermissions.toString(permissions) + "); it should be rw-------");
		}
	}

	private static FileAttribute<?>[] ownerOnly(String permissions) {
		if (!POSIX) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) };
	}

}
