"use client";

import { Controller, useFormContext } from "react-hook-form";
import { ImageUploader } from "@/components/seller/image-uploader";
import { MAX_IMAGES } from "@/lib/catalog/product-schemas";
import { EditorSection, errorMessage } from "./editor-section";
import type { EditorOutput, EditorValues } from "./types";

/** Product photos: uploaded (resized to WebP on the server), ordered and described by the media uploader. */
export function ImagesSection({ disabled, onBusyChange }: { disabled: boolean; onBusyChange: (busy: boolean) => void }) {
  const { control } = useFormContext<EditorValues, unknown, EditorOutput>();
  return (
    <EditorSection
      id="product-images"
      title="Photos"
      description={`Up to ${MAX_IMAGES} photos; the first is the main one. Clear, well-lit photos on a plain background sell best.`}
    >
      <Controller
        control={control}
        name="images"
        render={({ field, fieldState }) => {
          const error = errorMessage(fieldState.error);
          return (
            <>
              <ImageUploader name="images" value={field.value} onChange={field.onChange} disabled={disabled} onBusyChange={onBusyChange} />
              {error ? (
                <p role="alert" tabIndex={-1} data-error-anchor className="text-sm text-red-700">
                  {error}
                </p>
              ) : null}
            </>
          );
        }}
      />
    </EditorSection>
  );
}
