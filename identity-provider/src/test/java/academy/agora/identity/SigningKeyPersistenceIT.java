package academy.agora.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import academy.agora.testsupport.OAuth2Login;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyPersistenceIT {

	@TempDir
	Path dataDir;

	@Test
	void tokensIssuedBeforeARestartStillVerifyAfterIt() throws Exception {
		Path keyFile = this.dataDir.resolve("signing-key.json");
		assertThat(keyFile).doesNotExist();

		String token;
		String keyId;
		int port;
		try (RunningIdentityProvider idp = RunningIdentityProvider.start(this.dataDir)) {
			port = idp.port();
			assertThat(keyFile).isRegularFile();
			if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
					.isEqualTo("rw-------");
			}
			token = OAuth2Login.accessToken(idp.issuer(), "ana", "demo");
			keyId = TokenVerifier.verify(token, idp, "agora-academy").getHeaders().get("kid").toString();
		}
		String storedKey = Files.readString(keyFile);

		// Same port, so the issuer and the token's "iss" still agree.
		try (RunningIdentityProvider restarted = RunningIdentityProvider.start(this.dataDir, port)) {
			Jwt verified = TokenVerifier.verify(token, restarted, "agora-academy");
			assertThat(verified.getSubject()).isEqualTo("ana");
			assertThat(verified.getHeaders()).containsEntry("kid", keyId);
		}
		assertThat(Files.readString(keyFile)).isEqualTo(storedKey);
	}

}
