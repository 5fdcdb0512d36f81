package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.VatLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses HT, TVA, TTC, the amount due and the VAT lines together, the way an accountant checks
 * an invoice: of all the amounts the labels offer, the set where HT + TVA = TTC, the VAT lines add
 * up to the TVA and their bases to the HT, and the amount due is the TTC less the payments
 * received. Whether the invoice is a credit note comes with it: a credit note's title, or negative
 * totals.
 */
final class AmountChoice {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final double CHECK_BONUS = 1.5;

    private final CandidateFinder finder;
    private final List<VatLinesReader.Read> vatReads;
    private final List<PageLabels> labels;

    AmountChoice(CandidateFinder finder, List<VatLinesReader.Read> vatReads, List<PageLabels> labels) {
        this.finder = finder;
        this.vatReads = vatReads;
        this.labels = labels;
    }

    /** One choice of the three totals, each possibly missing. */
    private record Combo(PlainInvoiceReader.Option ht, PlainInvoiceReader.Option tva, PlainInvoiceReader.Option ttc,
                         double score, boolean adds, Optional<VatLinesReader.Breakdown> vat, boolean vatAdds) {
    }

    void decide(Map<HintKind, FieldReading> out) {
        List<PlainInvoiceReader.Option> hts = top(HintKind.AMOUNT_HT);
        List<PlainInvoiceReader.Option> tvas = new ArrayList<>(top(HintKind.AMOUNT_TVA));
        finder.noVatAt.ifPresent(c -> tvas.add(0, new PlainInvoiceReader.Option(c, c.score(), 1)));
        vatSum().ifPresent(tvas::add);
        List<PlainInvoiceReader.Option> ttcs = new ArrayList<>(top(HintKind.AMOUNT_TTC));
        finder.noVatAt.ifPresent(c -> {
            // « TVA non applicable »: the law makes the total the HT, printed or not
            for (PlainInvoiceReader.Option h : hts) {
                Candidate total = new Candidate(HintKind.AMOUNT_TTC, h.best().value(), 0.85, h.best().page(),
                        h.best().line(), h.best().context(), h.best().anchor(), h.best().layout());
                ttcs.add(new PlainInvoiceReader.Option(total, 0.85, 1));
            }
        });
        List<Combo> combos = new ArrayList<>();
        for (PlainInvoiceReader.Option h : withNone(hts)) {
            for (PlainInvoiceReader.Option t : withNone(tvas)) {
                for (PlainInvoiceReader.Option c : withNone(ttcs)) {
                    combos.add(combo(h, t, c));
                }
            }
        }
        combos.sort((a, b) -> Double.compare(b.score(), a.score()));
        Combo best = combos.get(0);
        if (best.ht() == null && best.tva() == null && best.ttc() == null) {
            return;
        }
        BigDecimal ht = value(best.ht());
        BigDecimal tva = value(best.tva());
        BigDecimal ttc = value(best.ttc());
        // a total the page does not print is worked out from the two others, never filled in by itself
        boolean tvaExplicitZero = best.tva() != null && best.tva().best() == finder.noVatAt.orElse(null);
        if (ht != null && tva != null && ttc == null) {
            ttc = ht.abs().add(tva.abs());
        } else if (ht != null && ttc != null && tva == null) {
            tva = ttc.abs().subtract(ht.abs());
        } else if (tva != null && ttc != null && ht == null) {
            ht = ttc.abs().subtract(tva.abs());
        }
        boolean negative = isNegative(best.ht()) || isNegative(best.ttc()) || isNegative(best.tva());
        putAmount(out, HintKind.AMOUNT_HT, best.ht(), ht, best, combos, c -> c.ht());
        putAmount(out, HintKind.AMOUNT_TVA, best.tva(), tva, best, combos, c -> c.tva());
        putAmount(out, HintKind.AMOUNT_TTC, best.ttc(), ttc, best, combos, c -> c.ttc());
        if (best.ttc() == null && ttc != null && tvaExplicitZero && out.containsKey(HintKind.AMOUNT_HT)) {
            // « TVA non applicable »: the total is the HT, as the page says
            FieldReading h = out.get(HintKind.AMOUNT_HT);
            out.put(HintKind.AMOUNT_TTC, new FieldReading(HintKind.AMOUNT_TTC,
                    h.best().withValue(PlainInvoiceReader.money(ttc)), h.confidence(), h.autoFill(), List.of()));
        }
        due(out, ttc, best);
        vatLines(out, best, tva);
        kind(out, negative);
    }

    /**
     * Several VAT lines and no « Total TVA »: the total is their sum, as an accountant adds them.
     * Offered as one more candidate total, which the cross-checks accept or not.
     */
    private Optional<PlainInvoiceReader.Option> vatSum() {
        Optional<VatLinesReader.Breakdown> b = VatLinesReader.compose(vatReads, Optional.empty());
        if (b.isEmpty() || b.get().lines().size() < 2) {
            return Optional.empty();
        }
        BigDecimal sum = b.get().lines().stream().map(VatLine::amount).reduce(ZERO, BigDecimal::add);
        boolean negative = vatReads.stream().anyMatch(r -> r.amount().signum() < 0);
        Candidate where = b.get().where();
        Candidate c = new Candidate(HintKind.AMOUNT_TVA, (negative ? sum.negate() : sum).toPlainString(), 0.8,
                where.page(), where.line(), where.context(), where.anchor());
        return Optional.of(new PlainInvoiceReader.Option(c, 0.8, 1));
    }

    private Combo combo(PlainInvoiceReader.Option h, PlainInvoiceReader.Option t, PlainInvoiceReader.Option c) {
        double score = s(h) + s(t) + s(c);
        boolean adds = h != null && t != null && c != null
                && value(h).abs().add(value(t).abs()).compareTo(value(c).abs()) == 0
                && sameSign(h, t, c);
        if (adds) {
            score += CHECK_BONUS;
        }
        Optional<VatLinesReader.Breakdown> vat = VatLinesReader.compose(vatReads,
                Optional.ofNullable(h == null ? null : value(h)));
        boolean vatAdds = false;
        if (vat.isPresent() && t != null) {
            BigDecimal sum = vat.get().lines().stream().map(VatLine::amount).reduce(ZERO, BigDecimal::add);
            BigDecimal bases = vat.get().lines().stream().map(VatLine::base).reduce(ZERO, BigDecimal::add);
            if (sum.compareTo(value(t).abs()) == 0) {
                score += 0.5;
                if (h != null && bases.compareTo(value(h).abs()) == 0) {
                    score += 0.3;
                    vatAdds = true;
                }
            }
        }
        return new Combo(h, t, c, score, adds, vat, vatAdds);
    }

    private static boolean sameSign(PlainInvoiceReader.Option... options) {
        int sign = 0;
        for (PlainInvoiceReader.Option o : options) {
            int s = value(o).signum();
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
        }
        return true;
    }

    private void putAmount(Map<HintKind, FieldReading> out, HintKind kind, PlainInvoiceReader.Option chosen,
            BigDecimal value, Combo best, List<Combo> combos,
            java.util.function.Function<Combo, PlainInvoiceReader.Option> field) {
        if (value == null) {
            return;
        }
        List<PlainInvoiceReader.Option> ranked = top(kind);
        List<Candidate> alternatives = new ArrayList<>();
        for (PlainInvoiceReader.Option o : ranked) {
            if (chosen == null || value(o).abs().compareTo(value.abs()) != 0) {
                alternatives.add(o.best().withValue(PlainInvoiceReader.money(value(o)))
                        .withScore(PlainInvoiceReader.round(o.score())));
            }
        }
        if (chosen == null) {
            // worked out from the two other totals: offered, never filled in by itself
            Candidate derived = derivedFrom(best, kind, value);
            out.put(kind, new FieldReading(kind, derived, 0.4, false, alternatives.stream().limit(4).toList()));
            return;
        }
        double s = chosen.score();
        double confidence = best.adds() ? Math.min(0.97, 0.45 + 0.5 * s) : 0.55 * s;
        if (kind == HintKind.AMOUNT_TVA && best.adds() && best.vatAdds()) {
            confidence = Math.max(confidence, 0.9); // the VAT lines say it too
        }
        for (Combo other : combos) {
            if (other == best || !other.adds() || field.apply(other) == null) {
                continue;
            }
            if (value(field.apply(other)).abs().compareTo(value.abs()) != 0 && other.score() >= best.score() - 0.3) {
                confidence -= 0.25; // another set of totals adds up about as well
                break;
            }
        }
        confidence = Math.max(0, confidence);
        out.put(kind, new FieldReading(kind, chosen.best().withValue(PlainInvoiceReader.money(value)),
                PlainInvoiceReader.round(confidence), best.adds() && confidence >= PlainInvoiceReader.AUTO_FILL,
                alternatives.stream().limit(4).toList()));
    }

    private static Candidate derivedFrom(Combo best, HintKind kind, BigDecimal value) {
        PlainInvoiceReader.Option any = best.ttc() != null ? best.ttc() : best.ht() != null ? best.ht() : best.tva();
        Candidate base = any.best();
        return new Candidate(kind, PlainInvoiceReader.money(value), 0.4, base.page(), base.line(), base.context(),
                base.anchor());
    }

    /** The amount due: the TTC less the payments received, as printed or worked out. */
    private void due(Map<HintKind, FieldReading> out, BigDecimal ttc, Combo best) {
        List<PlainInvoiceReader.Option> dues = top(HintKind.AMOUNT_DUE);
        FieldReading total = out.get(HintKind.AMOUNT_TTC);
        if (ttc == null || total == null) {
            dues.stream().findFirst().ifPresent(d -> out.put(HintKind.AMOUNT_DUE, new FieldReading(
                    HintKind.AMOUNT_DUE, d.best().withValue(PlainInvoiceReader.money(value(d))), 0.4, false,
                    PlainInvoiceReader.alternatives(dues))));
            return;
        }
        BigDecimal paid = finder.payments.stream().reduce(ZERO, BigDecimal::add);
        BigDecimal expected = ttc.abs().subtract(paid);
        for (PlainInvoiceReader.Option d : dues) {
            if (value(d).abs().compareTo(expected) == 0) {
                double confidence = best.adds() ? Math.min(0.97, 0.45 + 0.5 * d.score()) : 0.5 * d.score();
                List<Candidate> others = dues.stream().filter(o -> o != d)
                        .map(o -> o.best().withValue(PlainInvoiceReader.money(value(o)))).limit(4).toList();
                out.put(HintKind.AMOUNT_DUE, new FieldReading(HintKind.AMOUNT_DUE,
                        d.best().withValue(PlainInvoiceReader.money(expected)), PlainInvoiceReader.round(confidence),
                        best.adds() && confidence >= PlainInvoiceReader.AUTO_FILL, others));
                return;
            }
        }
        if (paid.signum() == 0 && dues.isEmpty()) {
            // nothing paid and no separate amount to pay: the whole total is due
            out.put(HintKind.AMOUNT_DUE, new FieldReading(HintKind.AMOUNT_DUE,
                    total.best().withValue(PlainInvoiceReader.money(expected)), total.confidence(), total.autoFill(),
                    List.of()));
            return;
        }
        List<Candidate> alternatives = dues.stream().map(o -> o.best().withValue(PlainInvoiceReader.money(value(o))))
                .limit(4).toList();
        Optional<PlainInvoiceReader.Option> labelled = dues.stream()
                .filter(d -> value(d).abs().compareTo(ttc.abs()) <= 0).findFirst();
        if (labelled.isPresent() && paid.signum() == 0) {
            // a payment the page shows in a way not read: the printed amount to pay, offered
            PlainInvoiceReader.Option d = labelled.get();
            out.put(HintKind.AMOUNT_DUE, new FieldReading(HintKind.AMOUNT_DUE,
                    d.best().withValue(PlainInvoiceReader.money(value(d))), PlainInvoiceReader.round(0.6 * d.score()),
                    false, alternatives.stream().filter(a -> !a.value().equals(PlainInvoiceReader.money(value(d))))
                    .toList()));
            return;
        }
        out.put(HintKind.AMOUNT_DUE, new FieldReading(HintKind.AMOUNT_DUE,
                total.best().withValue(PlainInvoiceReader.money(expected)), 0.4, false, alternatives));
    }

    private void vatLines(Map<HintKind, FieldReading> out, Combo best, BigDecimal tva) {
        if (best.vat().isEmpty()) {
            return;
        }
        VatLinesReader.Breakdown b = best.vat().get();
        boolean checked = best.vatAdds() && b.basesExact() && best.adds();
        double confidence = checked ? Math.min(0.95, b.score()) : 0.4;
        Candidate where = b.where();
        out.put(HintKind.VAT_LINES, new FieldReading(HintKind.VAT_LINES, new Candidate(HintKind.VAT_LINES,
                VatLinesReader.encode(b.lines()), confidence, where.page(), where.line(), where.context(),
                where.anchor()), PlainInvoiceReader.round(confidence), checked && confidence >= PlainInvoiceReader.AUTO_FILL,
                List.of()));
    }

    /** A credit note says so in its title, or prints its totals negative. */
    private void kind(Map<HintKind, FieldReading> out, boolean negativeTotals) {
        Optional<LabelHit> creditTitle = Optional.empty();
        Optional<LabelHit> invoiceTitle = Optional.empty();
        for (PageLabels p : labels) {
            if (p.page.page() != 1) {
                continue;
            }
            for (LabelHit hit : p.hits) {
                boolean title = hit.startsSegment() && hit.tokens().size() <= hit.match().to() + 2
                        && hit.line().baseline() < p.page.height() * 0.45;
                boolean creditLabel = hit.kind() == LabelKind.INVOICE_NUMBER && hit.match().label().words().stream()
                        .anyMatch(w -> w.equals("avoir") || w.equals("credit") || w.startsWith("gutschrift"));
                boolean invoiceLabel = hit.kind() == LabelKind.INVOICE_NUMBER && hit.match().label().words().stream()
                        .anyMatch(w -> w.equals("facture") || w.equals("invoice") || w.startsWith("rechnung"));
                if ((hit.kind() == LabelKind.TITLE_CREDIT && title) || creditLabel) {
                    creditTitle = creditTitle.or(() -> Optional.of(hit));
                } else if ((hit.kind() == LabelKind.TITLE_INVOICE && title) || invoiceLabel) {
                    invoiceTitle = invoiceTitle.or(() -> Optional.of(hit));
                }
            }
        }
        boolean credit = creditTitle.isPresent() || negativeTotals;
        Optional<LabelHit> invoice = invoiceTitle;
        Optional<LabelHit> where = credit ? creditTitle.or(() -> invoice) : invoice;
        double confidence = credit ? (creditTitle.isPresent() ? (negativeTotals ? 0.95 : 0.88) : 0.8)
                : (invoiceTitle.isPresent() ? 0.9 : 0.6);
        Candidate c = where.map(h -> new Candidate(HintKind.INVOICE_KIND, credit ? "AVOIR" : "FACTURE", confidence,
                h.page().page(), h.line().index(), h.seg().text(), new Anchor(h.words(), Anchor.Relation.SAME_SEGMENT,
                        h.page().page(), h.page().last(), h.x0(), h.line().baseline(), h.x0(), h.x1(),
                        h.line().baseline()))).orElse(null);
        if (c == null) {
            FieldReading any = out.values().stream().findFirst().orElse(null);
            if (any == null) {
                return;
            }
            c = new Candidate(HintKind.INVOICE_KIND, credit ? "AVOIR" : "FACTURE", confidence, any.best().page(),
                    any.best().line(), any.best().context(), any.best().anchor());
        }
        out.put(HintKind.INVOICE_KIND, new FieldReading(HintKind.INVOICE_KIND, c, confidence,
                confidence >= PlainInvoiceReader.AUTO_FILL, List.of()));
    }

    private List<PlainInvoiceReader.Option> top(HintKind kind) {
        return PlainInvoiceReader.rank(finder.candidates, kind, true).stream().limit(4).toList();
    }

    private static List<PlainInvoiceReader.Option> withNone(List<PlainInvoiceReader.Option> options) {
        List<PlainInvoiceReader.Option> all = new ArrayList<>(options);
        all.add(null);
        return all;
    }

    private static double s(PlainInvoiceReader.Option o) {
        return o == null ? 0 : o.score();
    }

    private static BigDecimal value(PlainInvoiceReader.Option o) {
        return o == null ? null : o.amount();
    }

    private static boolean isNegative(PlainInvoiceReader.Option o) {
        return o != null && o.amount().signum() < 0;
    }
}
