package academy.agora.identity.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

class SigningKeysTests {

	@TempDir
	Path temp;

	@Test
	void createsTheKeyFileAndItsDirectoryWhenMissing() throws Exception {
		Path dataDir = this.temp.resolve("nested/identity-provider");

		JWKSet keys = SigningKeys.loadOrCreate(dataDir);

		assertThat(dataDir.resolve(SigningKeys.FILE_NAME)).isRegularFile();
		assertThat(keys.getKeys()).singleElement().satisfies((key) -> {
			assertThat(key).isInstanceOf(RSAKey.class);
			assertThat(key.isPrivate()).isTrue();
			assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
			assertThat(((RSAKey) key).size()).isEqualTo(2048);
			assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
		});
		try (var leftovers = Files.list(dataDir)) {
			assertThat(leftovers).containsExactly(dataDir.resolve(SigningKeys.FILE_NAME));
		}
	}

	@Test
	void keyFileIsReadableByItsOwnerOnly() throws Exception {
		Path file = this.temp.resolve(SigningKeys.FILE_NAME);
		assumeThat(Files.getFileStore(this.temp).supportsFileAttributeView("posix")).isTrue();

		SigningKeys.loadOrCreate(this.temp);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void reusesTheStoredKey() {
		JWK first = SigningKeys.loadOrCreate(this.temp).getKeys().get(0);
		JWK second = SigningKeys.loadOrCreate(this.temp).getKeys().get(0);

		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second.toJSONObject()).isEqualTo(first.toJSONObject());
	}

	@Test
	void refusesAFileThatIsNotAJwkSetInsteadOfReplacingIt() throws Exception {
		Path file = this.temp.resolve(SigningKeys.FILE_NAME);
		Files.writeString(file, "not json");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(this.temp))
			.withMessageContaining("not a valid JWK set");
		assertThat(file).hasContent("not json");
	}

	@Test
	void refusesAKeySetWithoutAPrivateKey() throws Exception {
		JWKSet publicOnly = SigningKeys.loadOrCreate(this.temp.resolve("source")).toPublicJWKSet();
		Files.writeString(this.temp.resolve(SigningKeys.FILE_NAME), publicOnly.toString());

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(this.temp))
			.withMessageContaining("no private key");
	}

}
