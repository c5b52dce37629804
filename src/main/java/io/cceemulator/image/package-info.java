/**
 * Custom node images (IMS) the emulator knows, for {@code alpha.cce/NodeImageID}.
 */
package io.cceemulator.image;
