package com.profileservice.profile;

import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored profile. Stays inside this feature: views are built from it, never serialised. */
@Entity
@Table(name = "profile")
public class Profile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, updatable = false)
  String subject;

  @Column(nullable = false, updatable = false)
  String handle;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String email;

  LocalDate birthday;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Gender gender = Gender.UNSPECIFIED;

  String website;

  @Column(name = "im_aim")
  String imAim;

  @Column(name = "im_icq")
  String imIcq;

  @Column(name = "im_yahoo")
  String imYahoo;

  @Column(name = "im_msn")
  String imMsn;

  @Column(name = "im_jabber")
  String imJabber;

  @Column(name = "location_city")
  String locationCity;

  @Column(name = "location_state")
  String locationState;

  @Column(name = "location_country")
  String locationCountry;

  @Column(name = "location_zip")
  String locationZip;

  String phone;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  Map<String, Visibility> visibility = new LinkedHashMap<>();

  /** Consent name to granted; a consent not present has its policy default. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  Map<String, Boolean> consents = new LinkedHashMap<>();

  /** Whether {@link #email}, the address in use, is verified. */
  @Column(name = "email_verified", nullable = false)
  boolean emailVerified;

  /** An address the owner asked for and has not confirmed yet; {@link #email} stays in use. */
  @Column(name = "pending_email")
  String pendingEmail;

  @Column(name = "unverified_since")
  Instant unverifiedSince;

  /** The stored picture's hash, or null without a picture; it versions the picture's link. */
  @Column(name = "picture_sha256")
  String pictureSha256;

  @Version
  @Column(nullable = false)
  long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  /** Whether the profile already holds exactly these values. */
  boolean holds(ValidProfile values) {
    return visibility.equals(values.visibility())
        && ProfileFields.inDocument().stream()
            .allMatch(field -> Objects.equals(field.requested(this), values.value(field)));
  }

  /** The address the owner asked for last: the pending one if any, else the one in use. */
  String requestedEmail() {
    return pendingEmail != null ? pendingEmail : email;
  }

  AccountStatus status(Instant now, Duration grace) {
    return AccountStatus.of(unverifiedSince, now, grace);
  }

  /** The consent as it stands now; one never given or withdrawn has its policy default. */
  boolean consented(String consent) {
    Boolean granted = consents.get(consent);
    return granted != null
        ? granted
        : PrivacyPolicy.consent(consent).map(c -> c.defaultGranted()).orElse(false);
  }

  /** Where the picture is served, whether or not the public may see it. */
  String pictureLink() {
    return pictureSha256 == null ? null : "/profiles/" + handle + "/picture";
  }

  /** Copies every value the owner writes; the email's change waits for verification. */
  void apply(ValidProfile values, Instant now) {
    ProfileFields.writtenByOwner().forEach(field -> field.copy(values, this));
    visibility = new LinkedHashMap<>(values.visibility());
    updatedAt = now;
  }
}
