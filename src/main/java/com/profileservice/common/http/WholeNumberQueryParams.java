package com.profileservice.common.http;

import com.profileservice.common.problem.InvalidRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

/**
 * Reads whole-number query parameters ({@code page}, {@code size}, {@code limit}) so that a value
 * that is not one is a 422 naming the parameter, like a value out of range. Left to Quarkus REST, a
 * query parameter that does not convert is a 404, as JAX-RS prescribes, which would tell the client
 * that a resource it can reach does not exist.
 */
@Provider
public class WholeNumberQueryParams implements ParamConverterProvider {

  private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+");

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != int.class && rawType != Integer.class) {
      return null;
    }
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return (ParamConverter<T>) new WholeNumber(query.value());
      }
    }
    return null;
  }

  private record WholeNumber(String name) implements ParamConverter<Integer> {

    @Override
    public Integer fromString(String value) {
      if (value == null) {
        return null;
      }
      try {
        return Integer.valueOf(value);
      } catch (NumberFormatException e) {
        throw InvalidRequest.of(
            name, DIGITS.matcher(value).matches() ? "is out of range" : "must be a whole number");
      }
    }

    @Override
    public String toString(Integer value) {
      return String.valueOf(value);
    }
  }
}
