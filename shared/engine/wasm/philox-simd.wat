;; Philox4x32-10 uniforms, four blocks side by side in i32x4 lanes (WebAssembly SIMD).
;; Hand-written: one small loop, no toolchain beyond an assembler (wabt's wat2wasm at build time). ASCII only:
;; wabt's parser refuses other characters, even in comments.
;; fill(k0, k1, path, stream, first, groups) writes the 16*groups uniforms of words 16*first .. 16*(first + groups) - 1
;; as f64 at memory offset 0 (at most 1,024 groups: two pages). Word j of the stream is word
;; j mod 4 of block floor(j/4), block b = philox(counter = [b, path, stream, 0], key = [k0, k1]), uniform = (word + 0.5)*2^-32 --
;; the same integers and the same two IEEE operations as philox.ts, so the same bits. The high word of each 32 x 32-bit
;; product comes from i64x2.extmul (exact), where the JS version needs a float trick.
(module
  ;; Pages 0-1: the uniforms (then normals), 16,384 f64. Page 2 on: the inverse-normal table (TABLE_OFFSET, 8,194 f64,
  ;; copied in from inverse-normal.ts). Page 4: indices of the tail values invert leaves to JS (TAILS_OFFSET).
  (memory (export "memory") 5)
  (func (export "fill") (param $k0 i32) (param $k1 i32) (param $path i32) (param $stream i32) (param $first i32) (param $groups i32)
    (local $g i32) (local $r i32) (local $q0 i32) (local $q1 i32) (local $out i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (block $done
      (loop $group
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        ;; Counters of blocks 4(first + g) .. 4(first + g) + 3.
        (local.set $a0 (i32x4.add (i32x4.splat (i32.shl (i32.add (local.get $first) (local.get $g)) (i32.const 2))) (v128.const i32x4 0 1 2 3)))
        (local.set $a1 (i32x4.splat (local.get $path)))
        (local.set $a2 (i32x4.splat (local.get $stream)))
        (local.set $a3 (v128.const i32x4 0 0 0 0))
        (local.set $q0 (local.get $k0))
        (local.set $q1 (local.get $k1))
        (local.set $r (i32.const 0))
        (loop $round
          ;; lo0, hi0 = M0 * a0; lo1, hi1 = M1 * a2 (the high words: bytes 4-7 of each 64-bit product).
          (local.set $lo0 (i32x4.mul (local.get $a0) (v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53)))
          (local.set $hi0
            (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
              (i64x2.extmul_low_i32x4_u (local.get $a0) (v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53))
              (i64x2.extmul_high_i32x4_u (local.get $a0) (v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53))))
          (local.set $lo1 (i32x4.mul (local.get $a2) (v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57)))
          (local.set $hi1
            (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
              (i64x2.extmul_low_i32x4_u (local.get $a2) (v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57))
              (i64x2.extmul_high_i32x4_u (local.get $a2) (v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57))))
          (local.set $a0 (v128.xor (v128.xor (local.get $hi1) (local.get $a1)) (i32x4.splat (local.get $q0))))
          (local.set $a1 (local.get $lo1))
          (local.set $a2 (v128.xor (v128.xor (local.get $hi0) (local.get $a3)) (i32x4.splat (local.get $q1))))
          (local.set $a3 (local.get $lo0))
          (local.set $q0 (i32.add (local.get $q0) (i32.const 0x9e3779b9)))
          (local.set $q1 (i32.add (local.get $q1) (i32.const 0xbb67ae85)))
          (local.set $r (i32.add (local.get $r) (i32.const 1)))
          (br_if $round (i32.lt_u (local.get $r) (i32.const 10))))
        ;; Lane j of a0 .. a3 is block 4g + j's four words. t0 = [a00 a10 a01 a11], t1 = [a20 a30 a21 a31],
        ;; t2 = [a02 a12 a03 a13], t3 = [a22 a32 a23 a33]; block j's words in order are then two pairs, each
        ;; converted as (word + 0.5) * 2^-32 in f64 (lanes 2, 3 shuffled down first for the odd blocks). Written out in
        ;; full: V8 did not inline a helper function for it, and the calls cost a quarter of the time.
        (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a0) (local.get $a1)))
        (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a2) (local.get $a3)))
        (local.set $t2 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a0) (local.get $a1)))
        (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a2) (local.get $a3)))
        (v128.store offset=0 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (local.get $t0)) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=16 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (local.get $t1)) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=32 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $t0) (local.get $t0))) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=48 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $t1) (local.get $t1))) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=64 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (local.get $t2)) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=80 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (local.get $t3)) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=96 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $t2) (local.get $t2))) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (v128.store offset=112 (local.get $out) (f64x2.mul (f64x2.add (f64x2.convert_low_i32x4_u (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $t3) (local.get $t3))) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 2.3283064365386963e-10 2.3283064365386963e-10)))
        (local.set $out (i32.add (local.get $out) (i32.const 128)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $group))))
  ;; invert(n): the first n uniforms become normals in place where they are central (0.02425 <= p <= 0.97575), by
  ;; inverse-normal.ts normalFromUniform's table and its operations in its order (the same bits); the indices of the
  ;; others (about 4.85 %: Acklam's tails need Math.log) go to TAILS_OFFSET, their uniforms left for JS. Returns how
  ;; many. The constants are normalFromUniform's literals as exact hex floats: 0.02425, 0.97575, 8609.563846558067.
  (func (export "invert") (param $n i32) (result i32)
    (local $i i32) (local $tails i32) (local $p f64) (local $t f64) (local $j i32) (local $at i32) (local $v f64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (f64.load (i32.shl (local.get $i) (i32.const 3))))
        (if (i32.or (f64.lt (local.get $p) (f64.const 0x1.8d4fdf3b645a2p-6)) (f64.gt (local.get $p) (f64.const 0x1.f395810624dd3p-1)))
          (then
            (i32.store (i32.add (i32.const 262144) (i32.shl (local.get $tails) (i32.const 2))) (local.get $i))
            (local.set $tails (i32.add (local.get $tails) (i32.const 1))))
          (else
            (local.set $t (f64.mul (f64.sub (local.get $p) (f64.const 0x1.8d4fdf3b645a2p-6)) (f64.const 0x1.0d0c82c1fbf6ep+13)))
            (local.set $j (i32.trunc_f64_s (local.get $t)))
            (local.set $at (i32.add (i32.const 131072) (i32.shl (local.get $j) (i32.const 3))))
            (local.set $v (f64.load (local.get $at)))
            (f64.store (i32.shl (local.get $i) (i32.const 3))
              (f64.add (local.get $v)
                (f64.mul (f64.sub (local.get $t) (f64.convert_i32_s (local.get $j))) (f64.sub (f64.load offset=8 (local.get $at)) (local.get $v)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $tails)))
