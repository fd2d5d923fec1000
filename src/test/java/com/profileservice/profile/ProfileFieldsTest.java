package com.profileservice.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import com.profileservice.profile.FieldCheck.CheckContext;
import jakarta.persistence.Column;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The binding covers the policy table exactly, and every place a field lives (entity column, owner
 * view, public view, the owner's document) is a bound field or is declared as something else. A
 * field added to one side only fails here, naming the place that lacks it.
 */
class ProfileFieldsTest {

  /** Entity columns that are not policy fields: identity, account state and bookkeeping. */
  private static final Set<String> ACCOUNT_COLUMNS =
      Set.of(
          "id",
          "subject",
          "visibility",
          "consents",
          "email_verified",
          "pending_email",
          "unverified_since",
          "picture_sha256",
          "version",
          "created_at",
          "updated_at");

  @Test
  void bindingNamesAreExactlyThePolicyFieldsInPolicyOrder() {
    assertEquals(
        PrivacyPolicy.fields().stream().map(FieldPolicy::field).toList(),
        ProfileFields.all().stream().map(ProfileField::name).toList());
  }

  @Test
  void everyEntityColumnIsABoundFieldOrAccountState() {
    Set<String> expected = new HashSet<>(ACCOUNT_COLUMNS);
    ProfileFields.all().stream()
        .filter(f -> f.writing() != ProfileField.Writing.ELSEWHERE)
        .forEach(f -> expected.add(f.name().replace('.', '_')));

    assertEquals(expected, entityColumns());
  }

  @Test
  void ownerViewHasEveryBoundFieldAndAccountStateAndNothingElse() {
    Set<String> accountState =
        ProfileViews.accountState(new Profile(), AccountStatus.ACTIVE).keySet();
    Set<String> expected = new HashSet<>(names(ProfileFields.all()));
    accountState.forEach(name -> assertTrue(expected.add(name), name + " is also a field"));

    assertEquals(expected, Set.copyOf(RecordPaths.leaves(OwnerProfile.class)));
  }

  @Test
  void publicViewHasExactlyTheFieldsThePolicyLetsThePublicSee() {
    Set<String> expected =
        ProfileFields.all().stream()
            .filter(f -> f.policy().allows(Visibility.PUBLIC))
            .map(ProfileField::name)
            .collect(Collectors.toSet());

    assertEquals(expected, Set.copyOf(RecordPaths.leaves(PublicProfile.class)));
  }

  @Test
  void documentHasEveryFieldTheOwnerWritesAndTheVisibilityMap() {
    Set<String> expected = new HashSet<>(names(ProfileFields.inDocument()));
    expected.add("visibility");

    assertEquals(expected, Set.copyOf(RecordPaths.leaves(ProfileInput.class)));
  }

  @Test
  void everyViewIsBuiltFromAProfileHoldingEveryValue() {
    Profile profile = fullProfile();

    OwnerProfile owner = ProfileViews.ownerView(profile, AccountStatus.ACTIVE);
    PublicProfile shown = ProfileViews.publicView(profile);
    ProfileInput document = ProfileViews.document(profile);

    for (ProfileField<?> field : ProfileFields.all()) {
      Object stored = field.read(profile);
      assertNotNull(stored, field.name());
      assertEquals(stored, RecordPaths.read(owner, field.name()), field.name());
      if (field.policy().allows(Visibility.PUBLIC)) {
        assertEquals(stored, RecordPaths.read(shown, field.name()), field.name());
      }
      if (field.inDocument()) {
        assertEquals(
            ProfileField.asText(field.requested(profile)),
            RecordPaths.read(document, field.name()),
            field.name());
      }
    }
  }

  @Test
  void documentHoldsTheAddressAskedForLastAndValuesAsText() {
    Profile profile = fullProfile();
    profile.pendingEmail = "new@example.org";

    ProfileInput document = ProfileViews.document(profile);

    assertEquals("new@example.org", document.email());
    assertEquals("1990-05-04", document.birthday());
    assertEquals("FEMALE", document.gender());
    assertEquals("PRIVATE", document.visibility().get("phone"));
    assertEquals(names(ProfileFields.all()), List.copyOf(document.visibility().keySet()));
  }

  @Test
  void publicViewLeavesOutAGroupWithNothingShown() {
    Profile profile = fullProfile();
    for (String hidden : List.of("im.aim", "im.yahoo", "im.msn", "im.jabber")) {
      profile.visibility.put(hidden, Visibility.PRIVATE);
    }
    for (String hidden : List.of("location.city", "location.state", "location.country")) {
      profile.visibility.put(hidden, Visibility.PRIVATE);
    }

    PublicProfile shown = ProfileViews.publicView(profile);

    assertNull(shown.location());
    assertEquals(new PublicProfile.PublicIm(null, "12345", null, null, null), shown.im());
  }

  @Test
  void everyFieldTheOwnerWritesHasAnExampleThatPassesItsOwnChecks() {
    CheckContext context = new CheckContext(LocalDate.of(2026, 11, 30), beanValidator());
    for (ProfileField<?> field : ProfileFields.inDocument()) {
      assertNotNull(field.example(), field.name());
      assertEquals(List.of(), field.problems(field.example(), context), field.name());
    }
  }

  @Test
  void aRequiredFieldThatIsAbsentOrBlankHasThatOneProblemAndAnOptionalOneNone() {
    CheckContext context = new CheckContext(LocalDate.of(2026, 11, 30), beanValidator());
    for (ProfileField<?> field : ProfileFields.inDocument()) {
      if (field.policy().required()) {
        assertEquals(List.of(ProfileField.REQUIRED), field.problems(null, context), field.name());
        assertEquals(List.of(ProfileField.REQUIRED), field.problems(" ", context), field.name());
      } else {
        assertEquals(List.of(), field.problems(null, context), field.name());
      }
    }
  }

  /** Checks live in the binding alone: a constraint here would be a second, unseen rule. */
  @Test
  void documentRecordsCarryNoBeanValidationConstraints() {
    for (Class<?> type : List.of(ProfileInput.class, Im.class, Location.class)) {
      for (RecordComponent component : type.getRecordComponents()) {
        for (Annotation annotation : component.getAnnotations()) {
          String name = annotation.annotationType().getName();
          assertFalse(
              name.startsWith("jakarta.validation."),
              type.getSimpleName() + "." + component.getName() + " carries " + name);
        }
      }
    }
  }

  private static Profile fullProfile() {
    Profile p = new Profile();
    p.subject = "sub-1";
    p.handle = "alice";
    p.name = "Alice Liddell";
    p.email = "alice@example.org";
    p.birthday = LocalDate.of(1990, 5, 4);
    p.gender = Gender.FEMALE;
    p.website = "https://alice.example.org/";
    p.imAim = "aim";
    p.imIcq = "12345";
    p.imYahoo = "yahoo";
    p.imMsn = "msn";
    p.imJabber = "alice@jabber.example.org";
    p.locationCity = "Utrecht";
    p.locationState = "Utrecht";
    p.locationCountry = "NL";
    p.locationZip = "3511";
    p.phone = "+31612345678";
    p.pictureSha256 = "abc";
    p.createdAt = Instant.parse("2026-11-30T00:00:00Z");
    p.updatedAt = p.createdAt;
    Map<String, Visibility> everythingAllowed = new LinkedHashMap<>();
    PrivacyPolicy.fields()
        .forEach(
            f ->
                everythingAllowed.put(
                    f.field(),
                    f.allows(Visibility.PUBLIC) ? Visibility.PUBLIC : Visibility.PRIVATE));
    p.visibility = everythingAllowed;
    return p;
  }

  private static Set<String> entityColumns() {
    return Arrays.stream(Profile.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("$$"))
        .map(ProfileFieldsTest::columnName)
        .collect(Collectors.toSet());
  }

  private static String columnName(Field field) {
    Column column = field.getAnnotation(Column.class);
    return column != null && !column.name().isEmpty() ? column.name() : field.getName();
  }

  private static List<String> names(List<ProfileField<?>> fields) {
    return fields.stream().map(ProfileField::name).toList();
  }

  private static Validator beanValidator() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }
}
