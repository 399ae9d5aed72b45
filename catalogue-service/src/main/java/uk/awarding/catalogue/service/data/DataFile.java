package uk.awarding.catalogue.service.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** One qualification data file as read: its name, the hash of its bytes and its content. */
public record DataFile(String name, String sha256, QualificationFile content) {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** Every {@code *.json} file of a directory, in name order (the order shared units are resolved in). */
    public static List<DataFile> readAll(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            List<DataFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(parse(path.getFileName().toString(), Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a file; a file that is not JSON of the expected shape is a {@link CatalogueDataException}. */
    public static DataFile parse(String name, byte[] bytes) {
        try {
            return new DataFile(name, sha256(bytes), STRICT.readValue(bytes, QualificationFile.class));
        } catch (JsonProcessingException e) {
            throw new CatalogueDataException(name + ": " + e.getOriginalMessage() + " at " + e.getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
