package org.quarryhep.shower.validation;

import java.util.List;

/** χ²/ndf of a generated histogram against measured points. */
public final class Chi2 {
    private Chi2() {}

    /**
     * χ²/ndf over the bins whose centre lies in [from, to]: each bin's variance is the data's total
     * error² + the generated statistical error² + (model × data)², the last the relative model
     * uncertainty a tune allows for (see the tests for its source).
     */
    public static double perBin(
            List<Yoda.Point> data, double[][] mc, double model, double from, double to) {
        double chi2 = 0;
        int n = 0;
        for (int b = 0; b < data.size(); b++) {
            Yoda.Point d = data.get(b);
            if (d.x() < from || d.x() > to) {
                continue;
            }
            double var = d.error() * d.error() + mc[1][b] * mc[1][b] + Math.pow(model * d.y(), 2);
            chi2 += Math.pow(mc[0][b] - d.y(), 2) / var;
            n++;
        }
        return chi2 / n;
    }
}
