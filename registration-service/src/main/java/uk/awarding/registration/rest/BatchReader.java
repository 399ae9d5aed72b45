package uk.awarding.registration.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.registration.domain.RuleViolation;
import uk.awarding.registration.service.BatchRefusals;
import uk.awarding.registration.service.BatchRow;

/**
 * Reads a batch row by row as it arrives, CSV or a JSON array, so the file is never held whole beside its
 * rows. Each row is checked like a single registration; a row that cannot be read is reported, not fatal,
 * so the centre sees every problem of the file at once. Only an unreadable file as a whole (no header, not
 * an array, too many rows) stops the reading.
 */
@ApplicationScoped
public class BatchReader {

    /** CSV columns, as in the README; the first five are required, the order is free. */
    static final List<String> REQUIRED = List.of("uln", "givenName", "familyName", "dateOfBirth", "qualificationId");
    static final List<String> OPTIONAL = List.of("extraTimePercent", "otherAdjustments");

    private final RegistrationChecks checks;
    private final ObjectMapper json;
    private final BatchRefusals refusals;

    public BatchReader(RegistrationChecks checks, ObjectMapper json, BatchRefusals refusals) {
        this.checks = checks;
        this.json = json;
        this.refusals = refusals;
    }

    public List<BatchRow> csv(InputStream body) {
        try (Reader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            CsvRecords records = new CsvRecords(reader);
            List<String> header = records.next();
            if (header == null) {
                throw empty();
            }
            Map<String, Integer> columns = columns(header);
            List<BatchRow> rows = new ArrayList<>();
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // blank line, e.g. at the end of the file
                }
                int row = rows.size() + 1;
                refusals.checkSize(row);
                rows.add(record.size() == header.size() ? fromCsv(row, columns, record)
                        : BatchRow.invalid(row, List.of(invalid("row", "has " + record.size() + " fields; the header has "
                                + header.size()))));
            }
            return nonEmpty(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<BatchRow> json(InputStream body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.badRequest("malformed-body", "The request body cannot be read",
                        "A JSON batch is an array of registrations.");
            }
            List<BatchRow> rows = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int row = rows.size() + 1;
                refusals.checkSize(row);
                JsonNode element = parser.readValueAsTree();
                rows.add(fromJson(row, element));
            }
            return nonEmpty(rows);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("malformed-body", "The request body cannot be read",
                    "The body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BatchRow fromJson(int row, JsonNode element) {
        if (element == null || !element.isObject()) {
            return BatchRow.invalid(row, List.of(invalid("row", "must be a JSON object")));
        }
        try {
            return checked(row, json.treeToValue(element, RegistrationRequest.class), List.of());
        } catch (JsonMappingException e) {
            return BatchRow.invalid(row, List.of(invalid(path(e), "wrong type or format")));
        } catch (JsonProcessingException e) {
            return BatchRow.invalid(row, List.of(invalid("row", "cannot be read")));
        }
    }

    private BatchRow fromCsv(int row, Map<String, Integer> columns, List<String> record) {
        List<RuleViolation> errors = new ArrayList<>();
        LocalDate dateOfBirth = null;
        String date = value(columns, record, "dateOfBirth");
        if (date != null) {
            try {
                dateOfBirth = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(invalid("dateOfBirth", "must be a date as YYYY-MM-DD"));
            }
        }
        Integer extraTime = null;
        String extra = value(columns, record, "extraTimePercent");
        if (extra != null) {
            try {
                extraTime = Integer.valueOf(extra);
            } catch (NumberFormatException e) {
                errors.add(invalid("extraTimePercent", "must be a whole number between 0 and 100"));
            }
        }
        String adjustments = value(columns, record, "otherAdjustments");
        AccessArrangementsRequest arrangements = extraTime == null && adjustments == null ? null
                : new AccessArrangementsRequest(extraTime, adjustments);
        RegistrationRequest request = new RegistrationRequest(value(columns, record, "uln"),
                value(columns, record, "givenName"), value(columns, record, "familyName"), dateOfBirth,
                value(columns, record, "qualificationId"), arrangements);
        return checked(row, request, errors);
    }

    private BatchRow checked(int row, RegistrationRequest request, List<RuleViolation> readErrors) {
        List<RuleViolation> errors = checks.formErrors(request, readErrors);
        return errors.isEmpty() ? BatchRow.valid(row, request.toNewRegistration()) : BatchRow.invalid(row, errors);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw badHeader("unknown column '" + name + "'");
            }
            if (columns.put(name, i) != null) {
                throw badHeader("column '" + name + "' appears twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw badHeader("missing column(s) " + String.join(", ", missing));
        }
        return columns;
    }

    private static String value(Map<String, Integer> columns, List<String> record, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<BatchRow> nonEmpty(List<BatchRow> rows) {
        if (rows.isEmpty()) {
            throw empty();
        }
        return rows;
    }

    private static ProblemException empty() {
        return ProblemException.badRequest("batch-empty", "The batch is empty",
                "Send at least one registration (a CSV file needs its header row and at least one data row).");
    }

    private static ProblemException badHeader(String detail) {
        return ProblemException.badRequest("csv-header-invalid", "The CSV header row is not valid",
                "The header " + detail + ". Columns: " + String.join(",", REQUIRED) + "," + String.join(",", OPTIONAL)
                        + " (the last two optional).");
    }

    private static RuleViolation invalid(String field, String message) {
        return RegistrationChecks.invalid(field, message);
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return field.isEmpty() ? "row" : field.toString();
    }

    /** RFC 4180 records: comma-separated, fields optionally in double quotes ("" for a quote), CRLF or LF. */
    static final class CsvRecords {

        private final Reader in;
        private boolean first = true;
        private boolean ended;

        CsvRecords(Reader in) {
            this.in = in;
        }

        /** The next record's fields, or null at the end of the input. */
        List<String> next() throws IOException {
            if (ended) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = in.read()) != -1) {
                if (first && c == '\uFEFF') {
                    first = false;
                    continue; // byte-order mark written by spreadsheet programs
                }
                first = false;
                any = true;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int following = in.read();
                        if (following == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (following != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    fields.add(stripCarriageReturn(field));
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
            ended = true;
            if (!any) {
                return null;
            }
            fields.add(stripCarriageReturn(field));
            return fields;
        }

        private static String stripCarriageReturn(StringBuilder field) {
            int length = field.length();
            return length > 0 && field.charAt(length - 1) == '\r' ? field.substring(0, length - 1) : field.toString();
        }
    }
}
