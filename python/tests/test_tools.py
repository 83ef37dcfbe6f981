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
