package uk.awarding.registration;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** Valid ULNs made up for tests: nine random digits and the tenth chosen so the check holds. */
public final class TestUlns {

    private TestUlns() {
    }

    public static String random() {
        return random(ThreadLocalRandom.current());
    }

    public static String random(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
            int sum = (digits.charAt(0) - '0') * 10;
            for (int weight = 9; weight >= 2; weight--) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * weight;
            }
            int last = Math.floorMod(10 - sum, 11); // weight 1: the last digit adds itself
            if (last < 10) {
                String uln = digits.append(last).toString();
                if (!uln.equals("9999999999")) {
                    return uln;
                }
            }
        }
    }
}
