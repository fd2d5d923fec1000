package com.profileservice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.client.ApiClient;
import com.profileservice.client.ApiException;
import com.profileservice.client.ApiResponse;
import com.profileservice.client.api.ConsentsApi;
import com.profileservice.client.api.OwnerApi;
import com.profileservice.client.api.PicturesApi;
import com.profileservice.client.api.ProfilesApi;
import com.profileservice.client.model.ConsentChange;
import com.profileservice.client.model.ConsentState;
import com.profileservice.client.model.OwnerProfile;
import com.profileservice.client.model.ProfileInput;
import com.profileservice.client.model.ProfilePatch;
import com.profileservice.client.model.PublicProfile;
import com.profileservice.support.DevIdentityProvider;
import com.profileservice.support.database.FreshDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator (library {@code native}) makes from the document the build
 * stored, used as a frontend team would use it, against the packaged application. It is generated
 * and compiled by the build (pom.xml, docs/api-contract.md), so a contract change that breaks
 * generated clients breaks the build.
 */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabaseResource.class)
@WithTestResource(DevIdentityProvider.class)
class ContractClientIT {

  @Test
  void aGeneratedClientCreatesReadsPatchesAndConsents() throws Exception {
    String handle = "cc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    ApiClient owner = client(DevIdentityProvider.user("contract-" + UUID.randomUUID()));

    OwnerProfile created =
        new ProfilesApi(owner)
            .createProfile(
                new ProfileInput()
                    .handle(handle)
                    .name("Client User")
                    .email(handle + "@example.org")
                    .website("https://client.example.org/"));
    assertEquals(handle, created.getHandle());

    PublicProfile seen = new ProfilesApi(client(null)).getPublicProfile(handle, null);
    assertEquals("Client User", seen.getName());

    OwnerProfile mine = new OwnerApi(owner).getOwnProfile(null);
    assertEquals(handle + "@example.org", mine.getEmail());
    assertEquals(null, mine.getBirthday());

    ProfilePatch onlyTheName = new ProfilePatch().name("Renamed");
    // The bytes the generated OwnerApi sends: a merge patch names only what changes.
    assertEquals(
        "{\"name\":\"Renamed\"}", owner.getObjectMapper().writeValueAsString(onlyTheName));
    OwnerProfile patched = new OwnerApi(owner).updateOwnProfile(onlyTheName, null);
    assertEquals("Renamed", patched.getName());
    assertEquals("https://client.example.org/", patched.getWebsite());
    assertEquals(handle + "@example.org", patched.getEmail());

    ConsentState consent =
        new ConsentsApi(owner).setConsent("news", new ConsentChange().granted(true));
    assertEquals(true, consent.getGranted());
  }

  @Test
  void aGeneratedClientUploadsAPngDownloadsItAndRevalidatesWith304() throws Exception {
    String handle = "cp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String token = DevIdentityProvider.user("contract-" + UUID.randomUUID());
    new ProfilesApi(client(token))
        .createProfile(
            new ProfileInput().handle(handle).name("Picture User").email(handle + "@example.org"));

    byte[] png = png();
    Path file = Files.createTempFile("contract", ".png");
    Files.write(file, png);
    // openapi-generator's native library fixes Content-Type to the first media type the operation
    // accepts and writes a File body through Jackson; the interceptor is where its users send the
    // file's bytes as the type they are (docs/api-contract.md, "Generated clients").
    ApiClient uploader = client(token);
    uploader.setRequestInterceptor(
        request ->
            request
                .setHeader("Authorization", "Bearer " + token)
                .setHeader("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png)));
    new PicturesApi(uploader).uploadOwnPicture(file.toFile());

    PicturesApi anyone = new PicturesApi(client(null));
    ApiResponse<File> picture = anyone.getPublicPictureWithHttpInfo(handle, null);
    assertArrayEquals(png, Files.readAllBytes(picture.getData().toPath()));
    String tag = picture.getHeaders().get("etag").get(0);

    ApiException notModified =
        assertThrows(ApiException.class, () -> anyone.getPublicPicture(handle, tag));
    assertEquals(304, notModified.getCode());

    ProfilesApi profiles = new ProfilesApi(client(null));
    ApiResponse<PublicProfile> view = profiles.getPublicProfileWithHttpInfo(handle, null);
    List<String> viewTag = view.getHeaders().get("etag");
    assertTrue(viewTag != null && !viewTag.isEmpty(), "the public view has an ETag");
    ApiException unchanged =
        assertThrows(
            ApiException.class, () -> profiles.getPublicProfile(handle, viewTag.get(0)));
    assertEquals(304, unchanged.getCode());
  }

  private static ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + RestAssured.port);
    if (token != null) {
      client.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + token));
    }
    return client;
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x336699);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }
}
