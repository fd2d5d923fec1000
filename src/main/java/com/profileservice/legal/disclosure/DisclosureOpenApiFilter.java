package com.profileservice.legal.disclosure;

import com.profileservice.selfservice.ExportDocument;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Types the export's disclosures section, which this feature adds ({@link
 * DisclosuresExportSection}): the export's own package cannot name this feature's types.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DisclosureOpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Schema export = openAPI.getComponents().getSchemas().get(ExportDocument.SCHEMA);
    if (export == null || export.getProperties() == null) {
      return;
    }
    Schema section = export.getProperties().get(DisclosuresExportSection.NAME);
    if (section != null) {
      section.items(
          OASFactory.createSchema()
              .ref("#/components/schemas/" + DisclosureNotice.class.getSimpleName()));
    }
  }
}
