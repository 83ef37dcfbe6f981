import unittest

import slice as sl


class ZooAndFlops(unittest.TestCase):
    def test_ablation_total_matches_hand_count(self):
        # See test/Zoo/resnext-cifar.test for the hand count.
        result = sl.flops(sl.zoo(preset="ablation"))
        self.assertEqual(result["macs"], 50137600)
        blocks = [r for r in result["rows"] if r[1] == "block"]
        self.assertEqual(len(blocks), 9)
        self.assertEqual(blocks[0], ("stage1.block1", "block", 5373952, 5376))

    def test_bad_option_raises_with_the_tool_message(self):
        with self.assertRaisesRegex(sl.SliceError, r"--blocks \(L\)"):
            sl.zoo(blocks=10)


if __name__ == "__main__":
    unittest.main()


class Plot(unittest.TestCase):
    def test_one_polyline_per_report_with_a_point_per_subnet(self):
        import json
        import os
        import tempfile
        from slice import plot

        with tempfile.TemporaryDirectory() as d:
            paths = []
            for name, errs in [("is", [0.3, 0.2, 0.1]), ("exits", [0.5, 0.25])]:
                p = os.path.join(d, name + ".json")
                json.dump({"subnets": [{"k": k + 1, "macs": 1000 * (k + 1), "error": e}
                                       for k, e in enumerate(errs)]}, open(p, "w"))
                paths.append(p)
            out = os.path.join(d, "plot.svg")
            plot.main(paths + ["-o", out])
            text = open(out).read()
        self.assertEqual(text.count("<polyline"), 2)
        self.assertEqual(text.count("<circle"), 5)
        self.assertIn(">exits<", text)
