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
import java.util.TreeSet;
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

    assertSameNames("Profile (entity columns)", expected, List.copyOf(entityColumns()));
  }

  @Test
  void ownerViewHasEveryBoundFieldAndAccountStateAndNothingElse() {
    Set<String> accountState =
        ProfileViews.accountState(new Profile(), AccountStatus.ACTIVE).keySet();
    Set<String> expected = new HashSet<>(names(ProfileFields.all()));
    accountState.forEach(name -> assertTrue(expected.add(name), name + " is also a field"));

    assertSameNames("OwnerProfile", expected, RecordPaths.leaves(OwnerProfile.class));
  }

  @Test
  void publicViewHasExactlyTheFieldsThePolicyLetsThePublicSee() {
    Set<String> expected =
        ProfileFields.all().stream()
            .filter(f -> f.policy().allows(Visibility.PUBLIC))
            .map(ProfileField::name)
            .collect(Collectors.toSet());

    assertSameNames("PublicProfile", expected, RecordPaths.leaves(PublicProfile.class));
  }

  @Test
  void documentHasEveryFieldTheOwnerWritesAndTheVisibilityMap() {
    Set<String> expected = new HashSet<>(names(ProfileFields.inDocument()));
    expected.add("visibility");

    assertSameNames("ProfileInput", expected, RecordPaths.leaves(ProfileInput.class));
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
    assertEquals(example("birthday"), document.birthday());
    assertEquals(example("gender"), document.gender());
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
    assertEquals(new PublicProfile.PublicIm(null, example("im.icq"), null, null, null), shown.im());
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

  /** A stored profile holding every field's example, made as the service makes one. */
  private static Profile fullProfile() {
    Map<String, Visibility> everythingAllowed = new LinkedHashMap<>();
    PrivacyPolicy.fields()
        .forEach(
            f ->
                everythingAllowed.put(
                    f.field(),
                    f.allows(Visibility.PUBLIC) ? Visibility.PUBLIC : Visibility.PRIVATE));
    Map<String, Object> values = new LinkedHashMap<>();
    ProfileFields.inDocument().forEach(f -> values.put(f.name(), f.fromText(f.example())));
    ValidProfile valid = new ValidProfile(values, everythingAllowed);
    Instant now = Instant.parse("2026-11-30T00:00:00Z");
    Profile p = new Profile();
    p.subject = "sub-1";
    p.handle = valid.handle();
    p.email = valid.email();
    p.pictureSha256 = "abc";
    p.createdAt = now;
    p.apply(valid, now);
    return p;
  }

  private static String example(String field) {
    return ProfileFields.named(field).example();
  }

  /** Names the place and what it lacks or has in excess, rather than printing two sets. */
  private static void assertSameNames(String place, Set<String> expected, List<String> actual) {
    Set<String> missing = new TreeSet<>(expected);
    actual.forEach(missing::remove);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertTrue(
        missing.isEmpty() && extra.isEmpty(),
        () -> place + " lacks " + missing + " and has " + extra + " that it should not");
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
