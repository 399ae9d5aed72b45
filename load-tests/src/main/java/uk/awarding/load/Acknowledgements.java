package uk.awarding.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every save the service acknowledged during a simulation (a 200 answer), as the client sent it and as the service
 * said it stored it; written to a file after the run for {@link AcknowledgedAnswersCheck}.
 */
public final class Acknowledgements {

    /** One acknowledged save; {@code at} is when the answer arrived (epoch milliseconds). */
    public record Ack(String sittingId, int position, String sentOption, long sentSequence, boolean accepted,
            String storedOption, long storedSequence, long at) {

        String line() {
            return String.join(",", sittingId, Integer.toString(position), sentOption, Long.toString(sentSequence),
                    Boolean.toString(accepted), storedOption == null ? "" : storedOption, Long.toString(storedSequence),
                    Long.toString(at));
        }

        static Ack parse(String line) {
            String[] f = line.split(",", -1);
            return new Ack(f[0], Integer.parseInt(f[1]), f[2], Long.parseLong(f[3]), Boolean.parseBoolean(f[4]),
                    f[5].isEmpty() ? null : f[5], Long.parseLong(f[6]), Long.parseLong(f[7]));
        }
    }

    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();

    public void add(Ack ack) {
        acks.add(ack);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, acks.stream().map(Ack::line).toList());
    }

    static List<Ack> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Ack::parse).toList();
    }
}
