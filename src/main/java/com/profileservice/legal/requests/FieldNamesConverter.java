package com.profileservice.legal.requests;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a list of disclosable names as one comma-separated column. The reactive driver binds JSON
 * columns only as objects, never as top-level arrays, and names never contain a comma.
 */
@Converter
public class FieldNamesConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> names) {
    return names == null ? null : String.join(",", names);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null) {
      return null;
    }
    return column.isEmpty() ? List.of() : List.of(column.split(","));
  }
}
