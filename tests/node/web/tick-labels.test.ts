// The charts' x labels never overlap: comparable sales of nearby dates have ticks a few pixels apart, and a
// label is drawn only a label's width after the last one drawn (it used to be every n-th label, which let
// clustered dates run into each other).
import { expect, test } from "vitest";
import { fittingLabels, labelsWidth } from "../../../web/src/components/tick-labels";

const dates = ["3 janv. 2020", "5 janv. 2020", "9 janv. 2020", "12 janv. 2020", "2 juil. 2020", "30 nov. 2020"];

test("labels of clustered ticks are dropped until there is room, evenly spread ones all kept", () => {
  const room = labelsWidth(dates);
  const clustered = [0, 4, 10, 16, 300, 600];
  const kept = fittingLabels(clustered, dates);
  expect(kept).toEqual(["3 janv. 2020", "", "", "", "2 juil. 2020", "30 nov. 2020"]);
  const drawn = clustered.filter((_, i) => kept[i] !== "");
  for (let i = 1; i < drawn.length; i++) expect(drawn[i] - drawn[i - 1]).toBeGreaterThanOrEqual(room);
  const even = dates.map((_, i) => i * (room + 1));
  expect(fittingLabels(even, dates)).toEqual(dates);
});

test("a label repeating the one before is not drawn again (sales of the same day)", () => {
  expect(fittingLabels([0, 200, 400], ["1 mars 2020", "1 mars 2020", "2 mars 2020"])).toEqual(["1 mars 2020", "", "2 mars 2020"]);
});
