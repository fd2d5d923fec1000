package com.profileservice.legal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The records disclosed for a fulfilled request, kept so every later access sees the same. */
@Entity
@Table(name = "legal_disclosure")
public class Disclosure {

  @Id
  @Column(name = "request_id")
  Long requestId;

  /** A JSON object, not a bare array: the reactive driver binds JSON columns only as objects. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  Contents contents;

  /** The stored document: one record per target, in the order the request named them. */
  record Contents(List<DisclosedRecord> targets) {}

  static Disclosure of(Long requestId, List<DisclosedRecord> records) {
    Disclosure disclosure = new Disclosure();
    disclosure.requestId = requestId;
    disclosure.contents = new Contents(List.copyOf(records));
    return disclosure;
  }

  List<DisclosedRecord> records() {
    return contents.targets();
  }
}
