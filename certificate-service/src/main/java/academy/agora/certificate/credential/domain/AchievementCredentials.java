package academy.agora.certificate.credential.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Certificates as Open Badges 3.0 {@code OpenBadgeCredential}s (VC Data Model 2.0).
 * <p>
 * The recipient is described without personal data beyond the printed name: the learner's
 * id appears only as a salted SHA-256 {@code identityHash}, and the subject's {@code id}
 * is an opaque URN of this credential alone, so two credentials of one learner cannot be
 * linked through it. Open Badges 3.0 requires {@code sub} in a VC-JWT and {@code sub}
 * must equal {@code credentialSubject.id}, hence an id at all; once wallets bind
 * credentials to a holder's DID, that DID takes its place.
 * <p>
 * A credential is a pure function of its claim, and RS256 signatures are deterministic,
 * so the same certificate signed with the same key always yields the same VC-JWT.
 */
public class AchievementCredentials {

	/** VC Data Model 2.0, then Open Badges 3.0, as OB 3.0 requires. */
	static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	private final Issuer issuer;

	private final CredentialLinks links;

	private final CredentialSigner signer;

	public AchievementCredentials(Issuer issuer, CredentialLinks links, CredentialSigner signer) {
		this.issuer = issuer;
		this.links = links;
		this.signer = signer;
	}

	/**
	 * The signed credential of a certificate.
	 * @param claim what the certificate states
	 * @return the VC-JWT
	 */
	public Mono<String> issue(AchievementClaim claim) {
		return Mono.fromSupplier(() -> build(claim)).flatMap(this.signer::sign);
	}

	/**
	 * The credential of a certificate, unsigned.
	 * @param claim what the certificate states
	 * @return the credential, as JSON-ready maps and lists
	 */
	public Map<String, Object> build(AchievementClaim claim) {
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", CONTEXT);
		credential.put("id", this.links.credential(claim.certificateId()));
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("name", claim.courseTitle());
		credential.put("issuer", this.issuer.embedded());
		credential.put("validFrom", dateTime(claim.issuedAt().truncatedTo(ChronoUnit.SECONDS)));
		credential.put("credentialSubject", subject(claim));
		if (!claim.status().isEmpty()) {
			credential.put("credentialStatus", claim.status().stream().map(this::statusEntry).toList());
		}
		return credential;
	}

	private Map<String, Object> subject(AchievementClaim claim) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", "urn:uuid:" + UUID
			.nameUUIDFromBytes(("agora-academy:recipient:" + claim.certificateId()).getBytes(StandardCharsets.UTF_8)));
		subject.put("type", List.of("AchievementSubject"));
		// Wallets show the recipient by this name; the identifier below states it
		// formally.
		subject.put("name", claim.learnerName());
		subject.put("identifier", List.of(identity("name", claim.learnerName()), hashedIdentity(claim)));
		if (claim.completedAt() != null) {
			subject.put("activityEndDate", dateTime(claim.completedAt().truncatedTo(ChronoUnit.SECONDS)));
		}
		subject.put("achievement", achievement(claim));
		return subject;
	}

	private static Map<String, Object> identity(String type, String value) {
		Map<String, Object> identity = new LinkedHashMap<>();
		identity.put("type", "IdentityObject");
		identity.put("identityHash", value);
		identity.put("identityType", type);
		identity.put("hashed", false);
		return identity;
	}

	/**
	 * The learner's account id, hashed as OB 3.0's {@code IdentityHash} prescribes:
	 * {@code sha256$} and the hex SHA-256 of the UTF-8 identity followed by the salt. The
	 * salt is the certificate id: it differs for every credential, which is all a salt is
	 * for here (no two credentials of one learner share a hash, and no table can be
	 * computed in advance); it is published in the credential anyway, so it need not be
	 * secret, and deriving it keeps the credential reproducible.
	 */
	private static Map<String, Object> hashedIdentity(AchievementClaim claim) {
		Map<String, Object> identity = new LinkedHashMap<>();
		identity.put("type", "IdentityObject");
		identity.put("identityHash", identityHash(claim.learnerId(), claim.certificateId()));
		identity.put("identityType", "accountId");
		identity.put("hashed", true);
		identity.put("salt", claim.certificateId());
		return identity;
	}

	static String identityHash(String identity, String salt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((identity + salt).getBytes(StandardCharsets.UTF_8));
			return "sha256$" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private Map<String, Object> achievement(AchievementClaim claim) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", this.links.achievement(claim.courseId(), claim.courseVersion()));
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", "CertificateOfCompletion");
		achievement.put("name", claim.courseTitle());
		achievement.put("description",
				"Completion of the course \"" + claim.courseTitle() + "\""
						+ ((claim.hours() != null) ? " (" + claim.hours() + " hours)" : "") + " at "
						+ this.issuer.name() + ".");
		achievement.put("criteria", Map.of("narrative",
				"Completed every required lesson of version " + claim.courseVersion() + " of the course."));
		achievement.put("version", Integer.toString(claim.courseVersion()));
		return achievement;
	}

	private Map<String, Object> statusEntry(StatusEntry entry) {
		String list = this.links.statusList(entry.listId());
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("id", list + "#" + entry.index());
		status.put("type", "BitstringStatusListEntry");
		status.put("statusPurpose", entry.purpose().value());
		status.put("statusListIndex", Integer.toString(entry.index()));
		status.put("statusListCredential", list);
		return status;
	}

	static String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
